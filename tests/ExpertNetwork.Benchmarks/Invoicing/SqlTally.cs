using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ExpertNetwork.Benchmarks.Invoicing;

/// <summary>
/// Counts the SQL statements EF Core executes in this process and the time the database took for them (EF's
/// CommandExecuted event, heard through its DiagnosticListener, so the app's composition is untouched), by statement
/// text: how much of a phase is database time, and which statements carry it.
/// </summary>
internal sealed class SqlTally : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _subscriptions = [];

    public SqlTally() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
            subscription.Dispose();
    }

    /// <summary>The statements counted since the last call, most database time first; the tally starts again.</summary>
    public IReadOnlyList<(string Sql, int Count, TimeSpan Duration)> Take()
    {
        var taken = _statements.ToArray();
        _statements.Clear();
        return [.. taken.Select(s => (s.Key, s.Value.Count, TimeSpan.FromTicks(s.Value.Ticks))).OrderByDescending(s => s.Item3)];
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
                _subscriptions.Add(value.Subscribe(this));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not CommandExecutedEventData executed)
            return;
        var text = executed.Command.CommandText.ReplaceLineEndings(" ");
        var statement = _statements.GetOrAdd(text.Length > 160 ? text[..160] : text, _ => new Statement());
        Interlocked.Increment(ref statement.Count);
        Interlocked.Add(ref statement.Ticks, executed.Duration.Ticks);
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    private sealed class Statement
    {
        public int Count;
        public long Ticks;
    }
}
