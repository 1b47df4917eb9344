import type { ApiClient, StaffMediaDetail } from '@stadtgespraech/api-client';
import type { MediaDetailsDto, MediaKind } from '@stadtgespraech/domain/media';
import { callApi, type ApiProblem, type ApiResult } from '../../api/problem';
import { numberFormat, t, tOr } from '../../i18n';

/** Uploads one file with its details; the fields go first, as the API reads them before the file. */
export function uploadMedia(
  client: ApiClient,
  file: File,
  details: MediaDetailsDto,
): Promise<ApiResult<StaffMediaDetail>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string' && value.trim() !== '') form.append(name, value.trim());
  }
  form.append('file', file, file.name);
  return callApi(() => client.POST('/api/v1/staff/media', { body: form as never }));
}

export function listMedia(
  client: ApiClient,
  query: { page?: number; kind?: MediaKind; search?: string },
) {
  return callApi(() => client.GET('/api/v1/staff/media', { params: { query } }));
}

export function getMedia(client: ApiClient, id: string) {
  return callApi(() => client.GET('/api/v1/staff/media/{id}', { params: { path: { id } } }));
}

export function describeMedia(client: ApiClient, id: string, details: MediaDetailsDto) {
  return callApi(() =>
    client.PATCH('/api/v1/staff/media/{id}', {
      params: { path: { id } },
      body: details as never,
    }),
  );
}

export function deleteMedia(client: ApiClient, id: string) {
  return callApi(() => client.DELETE('/api/v1/staff/media/{id}', { params: { path: { id } } }));
}

/** What went wrong with an upload, in words staff can act on. */
export function uploadProblemText(problem: ApiProblem): string {
  return tOr(`media.problem.${problem.code}`, t('media.uploadFailed'));
}

/** "2,3 MB", "371 KB": sizes as Windows Explorer shows them (units of 1024, one decimal). */
export function formatBytes(bytes: number): string {
  const format = (value: number, unit: string) =>
    `${numberFormat({ maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return format(bytes, 'Byte');
}

/** The smallest copy of a picture at least `width` pixels wide (or the largest there is). */
export function variantFor(item: Pick<StaffMediaDetail, 'url' | 'variants'>, width: number) {
  return (
    item.variants.find((variant) => variant.width >= width) ??
    item.variants.at(-1) ?? { url: item.url, width: null, height: null }
  );
}
