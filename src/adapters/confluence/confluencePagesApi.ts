import { route } from '@forge/api';
import { z } from 'zod';
import { conflict } from '../../domain/failure';
import type { ConfluencePage, ConfluencePages, ConfluenceSpace, PageUpdate } from '../../ports/confluence';
import { productFailure, type ProductResponse } from '../jira/productResponse';

/** A Confluence request made as the app or as a given user (adapters/forge supplies the real ones). */
export type ConfluenceRequest = (
  path: ReturnType<typeof route>,
  init?: { method: string; body?: string | ArrayBuffer; headers?: Record<string, string> },
) => Promise<ProductResponse>;

const PageJson = z.object({
  id: z.string(),
  title: z.string(),
  spaceId: z.string(),
  version: z.object({ number: z.number() }),
  body: z.object({ storage: z.object({ value: z.string() }).optional() }).optional(),
  _links: z.object({ webui: z.string().optional() }).optional(),
});
const SpacesJson = z.object({ results: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })) });
const PagesJson = z.object({ results: z.array(PageJson) });
const OperationsJson = z.object({
  operations: z.array(z.object({ operation: z.string().optional(), targetType: z.string().optional() })).optional(),
});

const toPage = (json: unknown): ConfluencePage => {
  const page = PageJson.parse(json);
  return {
    id: page.id,
    title: page.title,
    spaceId: page.spaceId,
    version: page.version.number,
    storage: page.body?.storage?.value ?? '',
    webui: page._links?.webui ?? null,
  };
};

/** The body to send: ADF (as Confluence wants it, a JSON string) when given, else storage XHTML. */
const bodyOf = (page: { storage: string; adf?: object }) =>
  page.adf
    ? { representation: 'atlas_doc_format', value: JSON.stringify(page.adf) }
    : { representation: 'storage', value: page.storage };

// The method stays written next to each route (the manifest test derives the scopes from both).
const jsonBody = (body: unknown) => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
});

/** Confluence Cloud REST v2 (pages and spaces), storage format. */
export class ConfluencePagesApi implements ConfluencePages {
  constructor(private readonly request: ConfluenceRequest) {}

  async spaceByKey(key: string): Promise<ConfluenceSpace | null> {
    const response = await this.request(route`/wiki/api/v2/spaces?keys=${key}`);
    if (!response.ok) throw await productFailure(response, `Reading Confluence space ${key}`);
    return SpacesJson.parse(await response.json()).results.find((space) => space.key === key) ?? null;
  }

  async findPageByTitle(spaceId: string, title: string): Promise<ConfluencePage | null> {
    const query = new URLSearchParams({ 'space-id': spaceId, title, 'body-format': 'storage' });
    const response = await this.request(route`/wiki/api/v2/pages?${query}`);
    if (!response.ok) throw await productFailure(response, `Looking for the Confluence page "${title}"`);
    const found = PagesJson.parse(await response.json()).results.find((page) => page.title === title);
    return found ? toPage(found) : null;
  }

  async mayAddPagesIn(spaceId: string): Promise<boolean> {
    // Confluence's permitted operations of the space for the acting account; a space it cannot see is a 404.
    const response = await this.request(route`/wiki/api/v2/spaces/${spaceId}/operations`);
    if (response.status === 404) return false;
    if (!response.ok) throw await productFailure(response, `Checking permissions in Confluence space ${spaceId}`);
    const { operations = [] } = OperationsJson.parse(await response.json());
    return operations.some((op) => op.operation === 'create' && op.targetType === 'page');
  }

  async getPage(pageId: string, version?: number): Promise<ConfluencePage | null> {
    const query = new URLSearchParams({ 'body-format': 'storage' });
    if (version !== undefined) query.set('version', String(version));
    const response = await this.request(route`/wiki/api/v2/pages/${pageId}?${query}`);
    if (response.status === 404) return null;
    if (!response.ok) throw await productFailure(response, `Reading Confluence page ${pageId}`);
    return toPage(await response.json());
  }

  async createPage(page: { spaceId: string; title: string; storage: string; adf?: object }): Promise<ConfluencePage> {
    const response = await this.request(route`/wiki/api/v2/pages`, {
      method: 'POST',
      ...jsonBody({
        spaceId: page.spaceId,
        status: 'current',
        title: page.title,
        body: bodyOf(page),
      }),
    });
    if (!response.ok) throw await productFailure(response, `Creating the Confluence page "${page.title}"`);
    return { ...toPage(await response.json()), storage: page.storage };
  }

  async updatePage(page: PageUpdate): Promise<ConfluencePage> {
    const response = await this.request(route`/wiki/api/v2/pages/${page.pageId}`, {
      method: 'PUT',
      ...jsonBody({
        id: page.pageId,
        status: 'current',
        title: page.title,
        body: bodyOf(page),
        version: { number: page.version, ...(page.message ? { message: page.message } : {}) },
      }),
    });
    if (response.status === 409) {
      throw conflict(`The Confluence page "${page.title}" was changed by someone else meanwhile; publish again`);
    }
    if (!response.ok) throw await productFailure(response, `Updating the Confluence page "${page.title}"`);
    return { ...toPage(await response.json()), storage: page.storage };
  }
}
