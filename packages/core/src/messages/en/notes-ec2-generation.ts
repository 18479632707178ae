/** Which instance generations the cheapest-fit search read (issue 22 item 5; ec2/instance-generation.ts). */
export const EC2_GENERATION_NOTE_TEMPLATES = {
  NOTE_EC2_CURRENT_GENERATION_ONLY:
    "Cheapest fit searched current-generation instance types only: AWS's previous-generation families ({families}) are left out; set ec2.selection.previousGeneration: true to include them.",
  NOTE_EC2_PREVIOUS_GENERATION_INCLUDED:
    "Cheapest fit also searched previous-generation instance types ({families}), as ec2.selection.previousGeneration: true asks.",
} as const;
