/**
 * Japanese for core's persistent-volume codes (issue 22 item 4, packages/core/src/messages/en/storage.ts).
 * Terms: glossary-ja.csv (EBS ボリューム, 下限); AWS Japan writes "EFS" and "Fargate" in Latin; Pod as in the EKS docs.
 */
export const JA_STORAGE_TEMPLATES = {
  LINE_PERSISTENT_VOLUMES_EBS: "EBS {volumeType} ボリューム ({service}/{volume})",
  LINE_PERSISTENT_VOLUMES_EFS: "EFS スタンダードストレージ ({service}/{volume})",
  NOTE_EFS_NOT_PRICED:
    "EFS のストレージ ({volumes}) は料金データに料金がありません。不明な料金として示し、合計は下限です。公開されている料金で EFS を加えてください",
  CONSTRAINT_EBS_VOLUMES_EKS_FARGATE:
    "{services}: EBS ボリュームを使う永続ボリュームがあります。EKS on Fargate の Pod は EBS ボリュームをマウントできません (EFS はマウントできます)",
} as const;
