/**
 * Every AWS commercial region (partition `aws`; China and GovCloud are separate partitions with their
 * own price lists and are not listed): its code, its name in English and in AWS Japan's Japanese, and
 * the prefix AWS puts on its usage types (`APN1-NatGateway-Hours`).
 *
 * Sources: region codes and English names — https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html;
 * Japanese names as AWS Japan writes them (e.g. "アジアパシフィック (東京)", https://aws.amazon.com/jp/fargate/pricing/,
 * shared/docs/glossary-ja.csv; "欧州 (フランクフルト)", "米国東部 (バージニア北部)" as on the ja_jp console and docs);
 * usage-type prefixes as they appear in the Price List (`USE1-`, `EU-` for eu-west-1, `APN1-`, `APS3-` for
 * ap-south-1, `CAN2-` for ca-west-1), cross-checked against two independent Price List clients.
 * A region in this table is valid input even when the price book has no rate for it: the estimate is
 * then incomplete with the missing rates listed (never rejected).
 */
export type AwsRegion = { code: string; nameEn: string; nameJa: string; usageTypePrefix: string };

const r = (code: string, nameEn: string, nameJa: string, usageTypePrefix: string): AwsRegion => ({ code, nameEn, nameJa, usageTypePrefix });

export const AWS_REGIONS: readonly AwsRegion[] = [
  r("us-east-1", "US East (N. Virginia)", "米国東部 (バージニア北部)", "USE1"),
  r("us-east-2", "US East (Ohio)", "米国東部 (オハイオ)", "USE2"),
  r("us-west-1", "US West (N. California)", "米国西部 (北カリフォルニア)", "USW1"),
  r("us-west-2", "US West (Oregon)", "米国西部 (オレゴン)", "USW2"),
  r("af-south-1", "Africa (Cape Town)", "アフリカ (ケープタウン)", "AFS1"),
  r("ap-east-1", "Asia Pacific (Hong Kong)", "アジアパシフィック (香港)", "APE1"),
  r("ap-east-2", "Asia Pacific (Taipei)", "アジアパシフィック (台北)", "APE2"),
  r("ap-south-1", "Asia Pacific (Mumbai)", "アジアパシフィック (ムンバイ)", "APS3"),
  r("ap-south-2", "Asia Pacific (Hyderabad)", "アジアパシフィック (ハイデラバード)", "APS5"),
  r("ap-southeast-1", "Asia Pacific (Singapore)", "アジアパシフィック (シンガポール)", "APS1"),
  r("ap-southeast-2", "Asia Pacific (Sydney)", "アジアパシフィック (シドニー)", "APS2"),
  r("ap-southeast-3", "Asia Pacific (Jakarta)", "アジアパシフィック (ジャカルタ)", "APS4"),
  r("ap-southeast-4", "Asia Pacific (Melbourne)", "アジアパシフィック (メルボルン)", "APS6"),
  r("ap-southeast-5", "Asia Pacific (Malaysia)", "アジアパシフィック (マレーシア)", "APS7"),
  r("ap-southeast-6", "Asia Pacific (New Zealand)", "アジアパシフィック (ニュージーランド)", "APS8"),
  r("ap-southeast-7", "Asia Pacific (Thailand)", "アジアパシフィック (タイ)", "APS9"),
  r("ap-northeast-1", "Asia Pacific (Tokyo)", "アジアパシフィック (東京)", "APN1"),
  r("ap-northeast-2", "Asia Pacific (Seoul)", "アジアパシフィック (ソウル)", "APN2"),
  r("ap-northeast-3", "Asia Pacific (Osaka)", "アジアパシフィック (大阪)", "APN3"),
  r("ca-central-1", "Canada (Central)", "カナダ (中部)", "CAN1"),
  r("ca-west-1", "Canada West (Calgary)", "カナダ西部 (カルガリー)", "CAN2"),
  r("eu-central-1", "Europe (Frankfurt)", "欧州 (フランクフルト)", "EUC1"),
  r("eu-central-2", "Europe (Zurich)", "欧州 (チューリッヒ)", "EUC2"),
  r("eu-west-1", "Europe (Ireland)", "欧州 (アイルランド)", "EU"),
  r("eu-west-2", "Europe (London)", "欧州 (ロンドン)", "EUW2"),
  r("eu-west-3", "Europe (Paris)", "欧州 (パリ)", "EUW3"),
  r("eu-south-1", "Europe (Milan)", "欧州 (ミラノ)", "EUS1"),
  r("eu-south-2", "Europe (Spain)", "欧州 (スペイン)", "EUS2"),
  r("eu-north-1", "Europe (Stockholm)", "欧州 (ストックホルム)", "EUN1"),
  r("il-central-1", "Israel (Tel Aviv)", "イスラエル (テルアビブ)", "ILC1"),
  r("me-south-1", "Middle East (Bahrain)", "中東 (バーレーン)", "MES1"),
  r("me-central-1", "Middle East (UAE)", "中東 (アラブ首長国連邦)", "MEC1"),
  r("mx-central-1", "Mexico (Central)", "メキシコ (中部)", "MXC1"),
  r("sa-east-1", "South America (São Paulo)", "南米 (サンパウロ)", "SAE1"),
];

export const AWS_REGION_CODES: readonly string[] = AWS_REGIONS.map((region) => region.code);

const byCode = new Map(AWS_REGIONS.map((region) => [region.code, region]));

/** @example awsRegion("ap-northeast-1")?.nameJa //=> "アジアパシフィック (東京)"; awsRegion("xx-east-9") //=> undefined */
export function awsRegion(code: string): AwsRegion | undefined {
  return byCode.get(code);
}
