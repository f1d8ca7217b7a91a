// Every set the product ships, in the order the UI lists them.
import { DO_THI_VAN_MINH_2022 } from './do-thi-van-minh-2022';
import { HUYEN_NTM_2021 } from './huyen-ntm-2021';
import type { SetInput } from './set-input';
import { XA_NTM_2021 } from './xa-ntm-2021';
import { XA_NTM_2026 } from './xa-ntm-2026';
import { XA_NTM_KIEU_MAU_2021 } from './xa-ntm-kieu-mau-2021';
import { XA_NTM_NANG_CAO_2021 } from './xa-ntm-nang-cao-2021';

export const SHIPPED_SETS: readonly SetInput[] = [
  XA_NTM_2021,
  XA_NTM_2026,
  XA_NTM_NANG_CAO_2021,
  XA_NTM_KIEU_MAU_2021,
  HUYEN_NTM_2021,
  DO_THI_VAN_MINH_2022,
];
