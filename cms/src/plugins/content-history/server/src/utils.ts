import type { Core } from '@strapi/strapi';
import type { EditingService } from './services/editing';
import type { HistoryService } from './services/history';

export function getHistory(strapi: Core.Strapi): HistoryService {
  return strapi.plugin('content-history').service('history') as HistoryService;
}

export function getEditing(strapi: Core.Strapi): EditingService {
  return strapi.plugin('content-history').service('editing') as EditingService;
}
