/**
 * The keys of a type-ahead combobox while its list is open: arrows move through
 * the options (wrapping), Enter picks the active one, Escape closes the list
 * (and, on a search input, keeps the browser from also clearing what was typed).
 */
export function handleComboboxKey(
  event: React.KeyboardEvent<HTMLInputElement>,
  list: {
    open: boolean;
    count: number;
    active: number;
    setActive: (update: (a: number) => number) => void;
    close: () => void;
    pick: (index: number) => void;
  },
): void {
  const { open, count, active } = list;
  if (!open) return;
  if (event.key === "Escape") {
    event.preventDefault();
    list.close();
  } else if (count === 0) {
    return;
  } else if (event.key === "ArrowDown") {
    event.preventDefault();
    list.setActive((a) => (a + 1) % count);
  } else if (event.key === "ArrowUp") {
    event.preventDefault();
    list.setActive((a) => (a <= 0 ? count - 1 : a - 1));
  } else if (event.key === "Enter" && active >= 0 && active < count) {
    event.preventDefault();
    list.pick(active);
  }
}
