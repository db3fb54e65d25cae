using System.Linq.Expressions;

namespace ExpertNetwork.Application.Common;

/// <summary>
/// Joins two query predicates over the same row into one, so a rule written once as an expression (such as
/// <c>NdaAgreement.InForceOn</c>) can sit inside a wider condition of a single <c>WHERE</c>.
/// </summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Join(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Join(left, right, Expression.OrElse);

    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters[0]);

    private static Expression<Func<T, bool>> Join<T>(
        Expression<Func<T, bool>> left, Expression<Func<T, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var row = left.Parameters[0];
        var rightBody = new Substitution(right.Parameters[0], row).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(join(left.Body, rightBody), row);
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
