/** Persistent volumes of services (issue 22 item 4): the EFS missing rate and the EKS-on-Fargate EBS constraint. */
export const STORAGE_TEMPLATES = {
  LINE_PERSISTENT_VOLUMES_EBS: "EBS {volumeType} volumes ({service}/{volume})",
  LINE_PERSISTENT_VOLUMES_EFS: "EFS Standard storage ({service}/{volume})",
  NOTE_EFS_NOT_PRICED:
    "EFS storage ({volumes}) has no rate in the price data: it is listed as a missing rate and the total is a lower bound; add EFS at its published rate",
  CONSTRAINT_EBS_VOLUMES_EKS_FARGATE:
    "{services}: EBS-backed persistent volumes, and EKS on Fargate pods cannot mount EBS volumes (EFS they can)",
} as const;
