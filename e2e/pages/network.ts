import { expect, type Locator, type Page } from "@playwright/test";

/** The collaboration network page: the graph (a canvas the reader can focus) and the table of its links. */
export class NetworkPage {
  constructor(readonly page: Page) {}

  graph(): Locator {
    return this.page.getByRole("application", { name: "Collaboration network graph" });
  }

  /** Waits until Cytoscape has drawn the graph on its canvas. */
  async expectGraphDrawn() {
    await expect(this.graph().locator("canvas").first()).toBeVisible();
    await expect(this.graph()).toHaveAttribute("data-graph-ready", "");
  }

  /** Clicks the middle of the graph, where a focused record is drawn. */
  async clickCentre() {
    await this.graph().scrollIntoViewIfNeeded();
    const box = (await this.graph().boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  table(): Locator {
    return this.page.getByRole("region", { name: "Links in the network" }).getByRole("table");
  }

  /** A row of the table: organization — link — program or meeting. */
  row(organization: string | RegExp, relation: string, record: string | RegExp): Locator {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader").getByRole("link", { name: organization }) })
      .filter({ has: this.page.getByRole("cell", { name: relation, exact: true }) })
      .filter({ has: this.page.getByRole("link", { name: record }) });
  }

  /** Pages through the table (following "Next", as a reader would) until the row appears. */
  async findRow(organization: string | RegExp, relation: string, record: string | RegExp) {
    for (let page = 1; page <= 20; page++) {
      if ((await this.row(organization, relation, record).count()) > 0) return page;
      const next = this.page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(this.page.getByText(new RegExp(`^Page ${page + 1} of \\d+$`))).toBeVisible();
    }
    throw new Error(`No row "${String(organization)} ${relation} ${String(record)}" in the table`);
  }

  organizationCells(): Locator {
    return this.table().getByRole("rowheader");
  }
}
