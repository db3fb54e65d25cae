using System.Linq.Expressions;

namespace ExpertNetwork.Domain.Common;

/// <summary>
/// A rule about an entity at a given moment (a day, an instant), written once as an expression: queries take it for
/// one moment with <see cref="At"/> (EF Core translates it to SQL), and the entity's in-memory test runs the same
/// expression, compiled once, so the two cannot drift apart.
/// </summary>
internal sealed class Rule<T, TMoment>
{
    private readonly Expression<Func<T, TMoment, bool>> _rule;
    private readonly Func<T, TMoment, bool> _compiled;

    public Rule(Expression<Func<T, TMoment, bool>> rule)
    {
        _rule = rule;
        _compiled = rule.Compile();
    }

    public bool IsMetBy(T item, TMoment moment) => _compiled(item, moment);

    /// <summary>The rule at one moment. The moment is read from a field, as a captured variable would be, so a query sends it as a parameter.</summary>
    public Expression<Func<T, bool>> At(TMoment moment)
    {
        var value = Expression.Field(Expression.Constant(new Moment(moment)), nameof(Moment.Value));
        var body = new Substitution(_rule.Parameters[1], value).Visit(_rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, _rule.Parameters[0]);
    }

    private sealed class Moment(TMoment value)
    {
        public readonly TMoment Value = value;
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
