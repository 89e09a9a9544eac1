import { expect, type Locator, type Page } from "@playwright/test";
import { FilterForm, SitePage } from "./site";

/** The map page: the drawn map (a group of marker links), its summary and the table of places. */
export class MapPage extends SitePage {
  readonly filters: FilterForm;

  constructor(page: Page) {
    super(page);
    this.filters = new FilterForm(page);
  }

  async openMap(query = "") {
    await this.open(`/en/map${query}`);
    await expect(this.heading()).toHaveText("Map");
    return this;
  }

  map(): Locator {
    return this.page.getByRole("group", { name: /Map of the United States and Mexico/ });
  }

  /** A marker, found by its accessible name ("Tucson, Arizona: 3 organizations — …"). */
  marker(name: string | RegExp): Locator {
    return this.map().getByRole("link", { name });
  }

  summary(): Locator {
    return this.page.getByRole("status");
  }

  places(): Locator {
    return this.section("Places on the map");
  }
}
