// Every scene of the stage, in boot order.
import { ApparatusMap } from './ApparatusMap';
import { Boot } from './Boot';
import { Desk } from './Desk';
import { Ending } from './Ending';
import { HallVote } from './HallVote';
import { PolitburoVote } from './PolitburoVote';
import { Preload } from './Preload';

export const SCENES = [Boot, Preload, Desk, PolitburoVote, HallVote, ApparatusMap, Ending];
export type StageKey = 'Desk' | 'PolitburoVote' | 'HallVote' | 'ApparatusMap' | 'Ending';
