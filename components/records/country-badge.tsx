import { Badge } from "@/components/ui/badge";
import type { I18n } from "@/lib/i18n/server";

export function CountryBadge({ country, i18n }: { country: string | null; i18n: I18n }) {
  if (!country) return null;
  const tone = country === "US" ? "us" : country === "MX" ? "mx" : "brand";
  return (
    <Badge tone={tone} title={i18n.m.country[country]}>
      {i18n.m.countryShort[country] ?? country}
    </Badge>
  );
}
