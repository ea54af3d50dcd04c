/** An attribute as a simulator test or demo describes it; omitted fields get MISP-like defaults. */
export interface MispSimAttributeInput {
  type: string;
  value: string;
  category?: string;
  /** Default true, as MISP's type table sets for most IOC types. */
  toIds?: boolean;
  tags?: string[];
  comment?: string;
  /** Set for attributes inside a MISP object, e.g. `fullpath` or `path` of a file object. */
  objectRelation?: string;
  deleted?: boolean;
  /** The value is on a warninglist, so `enforceWarninglist` drops it. */
  onWarninglist?: boolean;
  /** Last edit, epoch seconds. */
  timestamp?: number;
}

/** An event as given to the simulator. */
export interface MispSimEventInput {
  id?: string | number;
  info: string;
  /** Default true. */
  published?: boolean;
  /** Epoch seconds; default now for published events, 0 (MISP's "never") for unpublished ones. */
  publishTimestamp?: number;
  tags?: string[];
  orgId?: string;
  attributes: MispSimAttributeInput[];
}

/** A stored attribute. */
export interface SimAttribute {
  id: string;
  uuid: string;
  type: string;
  category: string;
  value: string;
  toIds: boolean;
  timestamp: number;
  comment: string;
  objectId: string;
  objectRelation: string | null;
  deleted: boolean;
  tags: string[];
  onWarninglist: boolean;
}

/** A stored event. */
export interface SimEvent {
  id: string;
  uuid: string;
  info: string;
  orgId: string;
  orgcId: string;
  published: boolean;
  publishTimestamp: number;
  tags: string[];
  attributes: SimAttribute[];
}

/** What a test can see of an event without reading the store. */
export interface MispSimEventSummary {
  id: string;
  uuid: string;
  info: string;
  published: boolean;
  publishTimestamp: number;
  tags: string[];
  attributeCount: number;
}
