import { recommendingUnitApi } from '../../api';
import { useLoaded } from '../../utils/use-request';
import type { SelectOption } from './kit';

/**
 * The recommending units as a dropdown's options ("3. 某某协会"). The list only helps to pick, so while it loads, or if
 * it cannot be read, the dropdown offers just the caller's own first option (全部 / 请选择).
 */
export function useUnitOptions(): Array<SelectOption<string>> {
  const units = useLoaded(() => recommendingUnitApi.list().then((r) => r.items), []);
  return (units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.seq}. ${u.name}` }));
}
