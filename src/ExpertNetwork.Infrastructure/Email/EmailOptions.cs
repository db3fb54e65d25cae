namespace ExpertNetwork.Infrastructure.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}

/// <summary>The <c>Email</c> configuration section. Without <c>Email:Smtp:Host</c>, mail goes to the pickup directory.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";
    public const string DefaultFrom = "ExpertNetwork <no-reply@expertnetwork.local>";
    public const int DefaultDispatchBatchSize = 100;
    public const int MaxDispatchBatchSize = 1000;

    /// <summary>The sender, as an address or <c>Name &lt;address&gt;</c>.</summary>
    public string From { get; set; } = DefaultFrom;

    /// <summary>Where the pickup transport writes <c>.eml</c> files; defaults to <c>&lt;data folder&gt;/mail</c>.</summary>
    public string PickupDirectory { get; set; } = string.Empty;

    /// <summary>
    /// How many messages one dispatch claims, sends over one SMTP connection and records in one save. Larger batches
    /// send faster; a node that crashes between sending a batch and saving its outcomes can resend up to this many.
    /// </summary>
    public int DispatchBatchSize { get; set; } = DefaultDispatchBatchSize;

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>How long one SMTP command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
