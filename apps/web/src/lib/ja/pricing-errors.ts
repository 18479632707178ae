/**
 * Japanese for price refresh errors (packages/core/src/messages/en/pricing-errors.ts). `{detail}` and
 * `{reason}` are the system's own text (SDK, network, JSON parser) and stay as they are. Terms: glossary-ja.csv.
 */
export const JA_PRICING_ERROR_TEMPLATES = {
  ERR_REFRESH_REGION_CODES: "AWS のリージョンコード (us-east-1 など) ではありません: {regions}",
  ERR_REFRESH_NO_REGIONS: "リージョンコード (us-east-1 など) が指定されていません",
  ERR_REFRESH_NO_PRODUCTS: "リージョン「{region}」の製品が AWS から返されませんでした",
  ERR_REFRESH_NO_OFFERS: "リージョン「{region}」の AWS 料金表 (オファー) がありません",
  ERR_REFRESH_NO_DATED_RATES: "更新で日付付きの料金が得られませんでした。書き込むものはありません",
  ERR_REFRESH_FAILS_CHECKS: "更新した料金が価格ファイルの検査に通りません: {problem:message}",
  ERR_REFRESH_FAILS_CHECKS_FIELD: "更新した料金が価格ファイルの検査に通りません: {problem:message} (項目: {problemField})",
  ERR_REFRESH_DEADLINE: "更新が {seconds} 秒 (全体の期限) 以内に終わりませんでした。料金の取得元が遅いか応答していません",
  ERR_SNAPSHOT_WRITE: "{path} に書き込めません: {reason}。以前のファイルは変更されていません",
  ERR_RESPONSE_TOO_LARGE: "{what}: 応答が上限の {limit} を超えています。読み込みを中止しました",
  ERR_PAGINATION_PAGES: "{where}: {maxPages} ページを超えたため中止しました (ページ送りの保護)",
  ERR_PAGINATION_LOOP: "{where}: NextToken「{token}」が再び返されました。ページが循環しているため中止しました (ページ送りの保護)",
  ERR_PRICE_LIST_NOT_ARRAY: "{where}: PriceList が配列ではありません",
  ERR_PRICE_LIST_ELEMENT_NOT_JSON: "{where}: PriceList の要素が正しい JSON ではありません ({reason})",
  ERR_PRICE_DATA_SHAPE: "{where}: {problem:message}",
  ERR_PRICE_DATA_INVALID: "{where}: 料金データが正しくありません",
  ERR_HTTP_NOT_FOUND: "{url} は存在しません (HTTP 404)",
  ERR_HTTP_EMPTY_BODY: "{url}: 応答の本文が空です",
  ERR_REGION_INDEX_NOT_JSON: "リージョンの一覧 {url} が正しい JSON ではありません ({reason})",
  ERR_SPOT_FEED_NOT_JSON: "Fargate Spot (スポット) の料金フィード {url} が正しい JSON ではありません ({reason})",
  ERR_OFFER_FILE_NOT_JSON: "{where}: JSON として読めません ({reason})",
  ERR_OFFER_NO_PUBLICATION_DATE: "{where}: publicationDate (公開日) がありません",
  ERR_SOURCE_AUTH:
    "{what}: 使える AWS 認証情報がありません ({detail})。API ソースは SDK の既定の認証情報チェーン (AWS_PROFILE / AWS_ACCESS_KEY_ID、~/.aws、SSO、インスタンスロール) を読み、pricing:GetProducts の権限が必要です。認証情報なしで更新するには --source offer-files を使ってください",
  ERR_SOURCE_THROTTLED: "{what}: AWS のスロットリングが続きました ({detail})。しばらくしてから再実行してください",
  ERR_SOURCE_THROTTLED_RETRIED:
    "{what}: {attempts} 回試しましたが AWS のスロットリングが続きました ({detail})。しばらくしてから再実行してください",
  ERR_SOURCE_OFFLINE: "{what}: 料金の取得元に接続できません。ネットワークを確認してください ({detail})",
  ERR_SOURCE_FAILING: "{what}: 料金の取得元でエラーが続きました ({detail})",
  ERR_SOURCE_FAILING_RETRIED: "{what}: {attempts} 回試しましたが料金の取得元でエラーが続きました ({detail})",
  ERR_SOURCE_FAILED: "{what}: 料金を取得できませんでした ({detail})",
} as const;
