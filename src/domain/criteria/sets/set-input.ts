// Input shape of a shipped set: the zod input type, so defaulted fields may be left out.
import type { z } from 'zod';
import type { CriteriaSetSchema, CriterionSchema, IndicatorSchema } from '../schema';

export type SetInput = z.input<typeof CriteriaSetSchema>;
export type CriterionInput = z.input<typeof CriterionSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;
