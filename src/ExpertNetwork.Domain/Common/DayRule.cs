using System.Linq.Expressions;

namespace ExpertNetwork.Domain.Common;

/// <summary>
/// A rule about an entity on a given day, written once as an expression: queries take it for one day with
/// <see cref="On"/> (EF Core translates it to SQL), and the entity's in-memory test runs the same expression, compiled
/// once, so the two cannot drift apart.
/// </summary>
internal sealed class DayRule<T>
{
    private readonly Expression<Func<T, DateOnly, bool>> _rule;
    private readonly Func<T, DateOnly, bool> _compiled;

    public DayRule(Expression<Func<T, DateOnly, bool>> rule)
    {
        _rule = rule;
        _compiled = rule.Compile();
    }

    public bool IsMetBy(T item, DateOnly day) => _compiled(item, day);

    /// <summary>The rule for one day. The day is read from a field, as a captured variable would be, so a query sends it as a parameter.</summary>
    public Expression<Func<T, bool>> On(DateOnly day)
    {
        var value = Expression.Field(Expression.Constant(new Day(day)), nameof(Day.Value));
        var body = new Substitution(_rule.Parameters[1], value).Visit(_rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, _rule.Parameters[0]);
    }

    private sealed class Day(DateOnly value)
    {
        public readonly DateOnly Value = value;
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
