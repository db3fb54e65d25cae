using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>Table and column names as the model maps them, quoted the way the context's provider quotes identifiers, for raw SQL.</summary>
public static class StoredRows
{
    public static string Table<TEntity>(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    public static string Column<TEntity>(this DbContext db, string property)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var column = entity.FindProperty(property)?.GetColumnName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property} is not mapped.");
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(column);
    }
}
