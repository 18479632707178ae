// Test support shared with other workspace packages' tests (`@repo/pricing/testing`): recorded AWS
// responses, a fake offer host and a mocked Pricing API. Never imported by production code.
export { awsPricingFile, sharedDir } from "./fixture-paths";
export { fakeFetch, regionIndex, type Served } from "./offer-server";
export { mockPricingApi } from "./mock-pricing-api";
export { ECS_OFFER_FILE, pageOf, recordedEcsResponse, recordedEntry } from "./recorded";
export { writeGeneratedOffer, priceOfType, typeName } from "./generate-offer-file";
export { startHostileServer, type Behaviour, type HostileServer } from "./hostile-server";
