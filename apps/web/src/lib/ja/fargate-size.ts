/**
 * Japanese for core's "not a Fargate task size" reasons (packages/core/src/messages/en/fargate-size.ts):
 * ECS on Fargate is ruled out, the EC2 patterns stay priced. Terms: glossary-ja.csv (タスク定義).
 */
export const JA_FARGATE_SIZE_TEMPLATES = {
  RULED_OUT_FARGATE_VCPU_NOT_A_SIZE:
    "{service}: {nearest:message} (サイズ: {allowedVcpu} vCPU)。ECS on Fargate ではこのタスク定義を登録できません。",
  RULED_OUT_FARGATE_MEMORY_NOT_VALID: "{service}: {nearest:message}。ECS on Fargate ではこのタスク定義を登録できません。",
} as const;
