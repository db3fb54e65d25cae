namespace ExpertNetwork.Domain.Common;

/// <summary>
/// The range of an hourly rate wherever one is entered (a pay rate, a bill rate, a request's maximum). Doubles so
/// that form annotations can use them; the domain compares the same numbers as decimals.
/// </summary>
public static class HourlyRates
{
    public const double Min = 0.01;
    public const double Max = 100_000;

    internal static bool Admits(decimal amount) => amount >= (decimal)Min && amount <= (decimal)Max;
}
