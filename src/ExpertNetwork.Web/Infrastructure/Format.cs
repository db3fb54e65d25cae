using System.Globalization;

namespace ExpertNetwork.Web.Infrastructure;

public static class Format
{
    public static string Age(DateTime sinceUtc)
    {
        var age = DateTime.UtcNow - sinceUtc;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays} d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h" : "just now";
    }

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "no expiry";

    public static string Utc(DateTime? instant) => instant is { } i ? i.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) : "";

    public static string Money(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}";
}
