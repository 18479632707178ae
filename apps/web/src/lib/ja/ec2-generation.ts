/**
 * Japanese for core's instance-generation notes (issue 22 item 5, packages/core/src/messages/en/notes-ec2-generation.ts).
 * Terms: glossary-ja.csv (インスタンスタイプ); AWS Japan calls previous-generation instances 旧世代インスタンス
 * and current generation 現行世代. The field name ec2.selection.previousGeneration stays as typed.
 */
export const JA_EC2_GENERATION_TEMPLATES = {
  NOTE_EC2_CURRENT_GENERATION_ONLY:
    "最安の適合タイプは現行世代のインスタンスタイプだけから選んでいます。AWS の旧世代ファミリー ({families}) は除外しています。含めるには ec2.selection.previousGeneration: true を設定してください。",
  NOTE_EC2_PREVIOUS_GENERATION_INCLUDED:
    "ec2.selection.previousGeneration: true の指定により、最安の適合タイプの検索に旧世代のインスタンスタイプ ({families}) も含めています。",
} as const;
