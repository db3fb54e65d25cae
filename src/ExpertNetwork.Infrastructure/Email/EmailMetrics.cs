using System.Diagnostics.Metrics;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>
/// The "ExpertNetwork.Email" meter: outbox depth (messages waiting or being sent, as last counted by a dispatcher run)
/// and counters of sent, failed (transient), dead-lettered and ambiguous messages.
/// </summary>
public sealed class EmailMetrics : IDisposable
{
    public const string MeterName = "ExpertNetwork.Email";

    private readonly Meter _meter;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _ambiguous;
    private long _depth;

    public EmailMetrics()
    {
        _meter = new Meter(MeterName);
        _meter.CreateObservableGauge("expertnetwork.email.outbox.depth", () => Interlocked.Read(ref _depth), "{message}", "Messages waiting to be sent or being sent.");
        _sent = _meter.CreateCounter<long>("expertnetwork.email.sent", "{message}", "Messages accepted by the mail server or written to the pickup folder.");
        _failed = _meter.CreateCounter<long>("expertnetwork.email.failed", "{attempt}", "Send attempts that failed and will be retried.");
        _deadLettered = _meter.CreateCounter<long>("expertnetwork.email.dead_lettered", "{message}", "Messages given up on (permanent failure or too many attempts).");
        _ambiguous = _meter.CreateCounter<long>("expertnetwork.email.ambiguous", "{message}", "Messages whose delivery is unknown (connection lost after the data was sent).");
    }

    public long OutboxDepth => Interlocked.Read(ref _depth);

    public void SetOutboxDepth(long depth) => Interlocked.Exchange(ref _depth, depth);

    public void Sent() => _sent.Add(1);

    public void Failed() => _failed.Add(1);

    public void DeadLettered() => _deadLettered.Add(1);

    public void Ambiguous() => _ambiguous.Add(1);

    public void Dispose() => _meter.Dispose();
}
