namespace ExpertNetwork.Application.Budgets;

/// <summary>What one budget check did. <see cref="Conflicts"/> counts warnings another run had already saved; they are left to it.</summary>
public sealed record BudgetWatchResult(int ProjectsChecked, int WarningsSent, int MailsQueued, int Conflicts)
{
    public override string ToString() =>
        $"{ProjectsChecked} projects checked; {WarningsSent} budget warnings sent ({MailsQueued} mails queued)" +
        (Conflicts > 0 ? $"; {Conflicts} left to a concurrent run" : string.Empty);
}
