/** The consent text of a purpose and a fresh form token, for the forms of the portal. */
export async function useFormExtras(purpose: string) {
  const api = useApi();
  const locale = useLocale();
  const { data } = await useAsyncData(`form-extras:${purpose}:${locale}`, async () => {
    const [consents, token] = await Promise.all([
      api.GET('/api/v1/consent-texts', { params: { query: { locale } } }),
      api.GET('/api/v1/form-token'),
    ]);
    const consent = consents.data?.items.find((c) => c.purpose === purpose) ?? null;
    return { consent, formToken: token.data?.token ?? '' };
  });
  return data;
}
