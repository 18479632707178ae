import type { ServiceInput as CoreServiceInput } from "@repo/core";

/** The scenario service shape the importers produce (the core schema's input side). */
export type ServiceInput = CoreServiceInput;
export type ContainerInput = NonNullable<CoreServiceInput["containers"]>[number];
