/**
 * Japanese for core's price snapshot errors (packages/core/src/messages/en/snapshot-errors.ts): the web reads a
 * PRICES_FILE and the region price books through the same checks. Terms: glossary-ja.csv (価格スナップショット,
 * インスタンスタイプ).
 */
export const JA_SNAPSHOT_ERROR_TEMPLATES = {
  ERR_SNAPSHOT_RATE_UNIT:
    "rates[{index}] ({region} {usage}): 単位「{unit}」はこの使用量に合いません。この使用量は {requiredUnit} 単位で請求されます",
  ERR_SNAPSHOT_PRICE_NOT_POSITIVE: "rates[{index}] ({region} {usage}): 料金 {priceUsd} USD が正の値ではありません",
  ERR_SNAPSHOT_PRICE_ABOVE_MAX: "rates[{index}] ({region} {usage}): 料金 {priceUsd} USD/{unit} が妥当な上限 {max} を超えています",
  ERR_SNAPSHOT_PRICE_DECIMALS: "rates[{index}] ({region} {usage}): 料金の小数が {decimals} 桁あります (最大 {max} 桁)",
  ERR_SNAPSHOT_UNKNOWN_SOURCE:
    "rates[{index}] ({region} {usage}): 出典「{sourceId}」を参照していますが、スナップショットの sources に記載がありません",
  ERR_SNAPSHOT_RATE_CONTROL_CHARS: "rates[{index}] ({region} {usage}): 制御文字が含まれています",
  ERR_SNAPSHOT_DUPLICATE_RATE_SAME_PRICE:
    "rates[{index}] ({region} {usage}): 同じリージョンと使用量の料金が 2 つ目です (1 つ目: rates[{firstIndex}]、同じ料金)。リージョンと使用量ごとに料金は 1 つにしてください",
  ERR_SNAPSHOT_DUPLICATE_RATE_OTHER_PRICE:
    "rates[{index}] ({region} {usage}): 同じリージョンと使用量の料金が 2 つ目です (1 つ目: rates[{firstIndex}]、別の料金 {priceUsd} と {firstPriceUsd})。リージョンと使用量ごとに料金は 1 つにしてください",
  ERR_SNAPSHOT_ID: "スナップショットの識別子「{id}」は英数字と . _ : + - の 1～120 文字にしてください",
  ERR_SNAPSHOT_CREATED_AT: "createdAt「{createdAt}」は日時ではありません",
  ERR_SNAPSHOT_DESCRIPTION_CONTROL_CHARS: "description (説明) に制御文字が含まれています",
  ERR_SNAPSHOT_NO_RATES: "スナップショットに料金がありません",
  ERR_SNAPSHOT_TOO_MANY_RATES: "料金が {count} 件あります (最大 {max} 件)",
  ERR_SNAPSHOT_TOO_MANY_INSTANCE_TYPES: "インスタンスタイプが {count} 件あります (最大 {max} 件)",
  ERR_SNAPSHOT_INSTANCE_TWICE: "{field} ({instanceType}): 2 回記載されています",
  ERR_SNAPSHOT_INSTANCE_VCPU: "{field} ({instanceType}): {vcpu} vCPU (最大 {max})",
  ERR_SNAPSHOT_INSTANCE_MEMORY: "{field} ({instanceType}): メモリ {memoryGib} GiB が範囲 (0, {max}] の外です",
  ERR_SNAPSHOT_FILE_MISSING: "価格スナップショット {path} を読めません: ファイルがありません",
  ERR_SNAPSHOT_FILE_TOO_LARGE: "価格スナップショット {path} を読めません: {bytes} バイトは上限 {maxMib} MiB を超えています",
  ERR_SNAPSHOT_FILE_UNREADABLE: "価格スナップショット {path} を読めません: {reason}",
  ERR_SNAPSHOT_FILE_NOT_JSON: "{path} は正しい JSON ではありません: {reason}",
  ERR_SNAPSHOT_FILE_INVALID: "{path} は価格スナップショットではありません: {problem:message}",
  ERR_SNAPSHOT_FILE_INVALID_FIELD: "{path} は価格スナップショットではありません: {problem:message} (項目: {problemField})",
} as const;
