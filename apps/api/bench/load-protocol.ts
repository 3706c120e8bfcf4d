import type { HardshipFileCreate } from '@bangfu/shared/hardship-files';
import type { ParamsRow, StandardRow } from '../src/modules/standards/standards.repo';
import type { CopyChunk } from './copy-text';

/** What the loader hands each encoding worker once. */
export interface WorkerSetup {
  dataKey: string;
  hashKey: string;
  seed: string;
  today: string;
  standards: StandardRow[];
  params: ParamsRow[];
}

/** One household to encode, already generated (names, ID numbers …) by the main thread. */
export interface LoadItem {
  index: number;
  body: HardshipFileCreate;
  org: { id: string; divisionCode: string };
  seq: number;
  createdAt: number;
  operator: { id: string; name: string };
  approverName: string;
}

export interface LoadBatch {
  batch: number;
  items: LoadItem[];
}

export interface EncodedBatch {
  batch: number;
  files: number;
  chunks: CopyChunk[];
  /** Files per status, to report. */
  statuses: Record<string, number>;
}
