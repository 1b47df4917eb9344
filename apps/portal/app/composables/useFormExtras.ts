/** The consent text of a purpose and a fresh form token, for the forms of the portal. */
export async function useFormExtras(purpose: string) {
  const api = useApi();
  const { data } = await useAsyncData(`form-extras:${purpose}`, async () => {
    const [consents, token] = await Promise.all([
      api.GET('/api/v1/consent-texts'),
      api.GET('/api/v1/form-token'),
    ]);
    const consent =
      consents.data?.items.find((c) => c.purpose === purpose && c.locale === 'de') ?? null;
    return { consent, formToken: token.data?.token ?? '' };
  });
  return data;
}
