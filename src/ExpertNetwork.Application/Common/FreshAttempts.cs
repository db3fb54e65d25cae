using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpertNetwork.Application.Common;

/// <summary>How a use case decides again: how many times at most, and what it says when it could not decide.</summary>
/// <param name="UseCase">A short name for the logs ("accept offer").</param>
/// <param name="MaxAttempts">Attempts in all, the first included.</param>
/// <param name="BusyMessage">The sentence of the <see cref="RefusalKind.Busy"/> refusal when every attempt lost a race.</param>
/// <param name="AlsoWhen">Other failures that mean "the data moved under me" for this use case (a unique index another writer won).</param>
public sealed record FreshAttemptPolicy(string UseCase, int MaxAttempts, string BusyMessage, Func<Exception, bool>? AlsoWhen = null)
{
    public const string DefaultBusyMessage = "Many changes are being made to the same records at this moment. Nothing was saved: please send it again.";
}

/// <summary>
/// The one primitive for "decide again on fresh data". Each attempt runs in a fresh dependency scope (a fresh unit of
/// work: nothing tracked from a refused save leaks into the next decision) with a step object built there with its
/// constructor dependencies. An attempt that lost a race (a concurrency token refused the save, or the database rolled
/// the transaction back as a deadlock or serialisation victim) is thrown away and the step runs again after a short
/// jittered pause; a refusal or any other failure ends it at once. When every attempt lost, the answer is a
/// <see cref="RefusalKind.Busy"/> refusal: nothing was saved and the same request may be sent again.
/// </summary>
public sealed partial class FreshAttempts(IServiceScopeFactory scopes, ILogger<FreshAttempts> logger)
{
    public async Task<TResult> RunAsync<TStep, TResult>(FreshAttemptPolicy policy, Func<TStep, CancellationToken, Task<TResult>> attempt,
        CancellationToken cancellationToken) where TStep : notnull
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.MaxAttempts, 1);
        for (var number = 1; ; number++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var step = ActivatorUtilities.GetServiceOrCreateInstance<TStep>(scope.ServiceProvider);
            try
            {
                return await attempt(step, cancellationToken);
            }
            catch (Exception ex) when (LostRace(ex, policy))
            {
                if (number >= policy.MaxAttempts)
                {
                    LogGaveUp(policy.UseCase, number, ex.GetType().Name);
                    throw Refusal.Busy(policy.BusyMessage, ex);
                }
                LogDecidingAgain(policy.UseCase, number, policy.MaxAttempts, ex.GetType().Name);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(number, 10))), cancellationToken);
        }
    }

    /// <inheritdoc cref="RunAsync{TStep, TResult}(FreshAttemptPolicy, Func{TStep, CancellationToken, Task{TResult}}, CancellationToken)"/>
    public Task RunAsync<TStep>(FreshAttemptPolicy policy, Func<TStep, CancellationToken, Task> attempt, CancellationToken cancellationToken)
        where TStep : notnull
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return RunAsync<TStep, bool>(policy, async (step, ct) =>
        {
            await attempt(step, ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>The database rolled the whole transaction back as a deadlock or serialisation victim, so running it again is safe.</summary>
    public static bool IsTransient(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException { IsTransient: true })
                return true;
        }
        return false;
    }

    private static bool LostRace(Exception exception, FreshAttemptPolicy policy) =>
        exception is DbUpdateConcurrencyException || IsTransient(exception) || policy.AlsoWhen?.Invoke(exception) == true;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deciding {UseCase} again on fresh data after attempt {Attempt} of {MaxAttempts} lost a race ({Failure})")]
    private partial void LogDecidingAgain(string useCase, int attempt, int maxAttempts, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up deciding {UseCase} after {Attempts} attempts lost a race ({Failure}); the caller was told to send it again")]
    private partial void LogGaveUp(string useCase, int attempts, string failure);
}
