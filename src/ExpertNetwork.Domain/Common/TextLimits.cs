namespace ExpertNetwork.Domain.Common;

/// <summary>Shared length limits; view models and EF configurations reuse them so the three never disagree.</summary>
public static class TextLimits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int Phone = 40;
    public const int CountryCode = 2;
    public const int TimeZoneId = 64;
    public const int LanguageCode = 8;
    public const int Short = 100;
    public const int Code = 40;
    public const int Reason = 1000;
    public const int Note = 2000;
    public const int LongText = 20000;
    public const int Url = 2000;
    public const int Sha256Hex = 64;
    public const int IpAddress = 45;
    public const int UserAgent = 512;
    public const int Actor = 256;
}
