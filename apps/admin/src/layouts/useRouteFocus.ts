import { nextTick, onUnmounted, ref, type Ref } from 'vue';
import { START_LOCATION, useRouter } from 'vue-router';
import { t } from '../i18n';

/**
 * After a navigation to another page, moves focus to the page's main heading and announces the
 * new page, so keyboard and screen reader users land where sighted users look. Changes of the
 * query alone (filters, paging) leave the focus where it is.
 */
export function useRouteFocus(main: Ref<HTMLElement | null>): { announcement: Ref<string> } {
  const router = useRouter();
  const announcement = ref('');

  const remove = router.afterEach((to, from, failure) => {
    if (failure || from === START_LOCATION || to.path === from.path) return;
    void nextTick(() => {
      const heading = main.value?.querySelector<HTMLElement>('h1') ?? main.value;
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      announcement.value = t('app.routeAnnouncement', { title: document.title });
    });
  });
  onUnmounted(remove);

  return { announcement };
}
