using BenchmarkDotNet.Attributes;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.TestSupport.Smtp;
using MimeKit;

namespace ExpertNetwork.Benchmarks.Email;

/// <summary>
/// The floor under <see cref="OutboxBenchmarks"/>: the same messages through the same transport to the same loopback
/// server over one connection, with no database at all. The gap between the two is what claiming and recording cost.
/// </summary>
[Config(typeof(OutboxBenchmarkConfig))]
public class SmtpSessionBenchmarks
{
    private static readonly MailboxAddress From = MailboxAddress.Parse("ExpertNetwork <no-reply@expertnetwork.test>");

    private LoopbackSmtpServer smtp = null!;
    private SmtpMailTransport transport = null!;

    [GlobalSetup]
    public void Setup()
    {
        smtp = LoopbackSmtpServer.Start();
        transport = new SmtpMailTransport(new SmtpOptions { Host = smtp.Host, Port = smtp.Port, Security = SmtpSecurity.None });
        SendAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = OutboxBenchmarks.Messages, Description = "SMTP only: one connection, no database")]
    public int Send() => SendAsync().GetAwaiter().GetResult();

    private async Task<int> SendAsync()
    {
        var sent = 0;
        await using var session = await transport.OpenSessionAsync(CancellationToken.None);
        for (var i = 0; i < OutboxBenchmarks.Messages; i++)
        {
            var message = new MimeMessage { Subject = "Your sprint starts on Monday", MessageId = $"{Guid.CreateVersion7():N}@expertnetwork" };
            message.From.Add(From);
            message.To.Add(new MailboxAddress($"Expert {i}", $"expert{i}@experts.example"));
            message.Body = new BodyBuilder
            {
                TextBody = "Dear expert,\n\nYour annotation sprint Oncology rubric review starts on Monday at 09:00.\n",
                HtmlBody = "<p>Dear expert,</p><p>Your annotation sprint <strong>Oncology rubric review</strong> starts on Monday at 09:00.</p>",
            }.ToMessageBody();
            if ((await session.SendAsync(message, CancellationToken.None)).Outcome == MailDeliveryOutcome.Sent)
                sent++;
        }
        if (sent != OutboxBenchmarks.Messages)
            throw new InvalidOperationException($"{sent} of {OutboxBenchmarks.Messages} messages were sent.");
        return sent;
    }
}
