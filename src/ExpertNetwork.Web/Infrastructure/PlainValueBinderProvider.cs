using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// Binds enum and date values from queries and forms strictly, with messages a person can act on: an enum takes one
/// of its names (any letter case; numbers are refused, as they would bind to values that do not exist) and a date
/// takes the ISO form yyyy-MM-dd. The default binders accept "7" for any enum and answer "The value 'x' is not valid".
/// </summary>
public sealed class PlainValueBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (type.IsEnum)
            return new EnumBinder(type);
        return type == typeof(DateOnly) ? new DateBinder() : null;
    }

    private sealed class EnumBinder(Type enumType) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var raw = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue?.Trim();
            if (string.IsNullOrEmpty(raw))
                return Task.CompletedTask;
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, raw, raw);
            var name = Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, raw, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                var label = bindingContext.ModelMetadata.GetDisplayName();
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    $"'{raw}' is not a known {label.ToLowerInvariant()}; use one of {string.Join(", ", Enum.GetNames(enumType))}.");
                return Task.CompletedTask;
            }
            bindingContext.Result = ModelBindingResult.Success(Enum.Parse(enumType, name));
            return Task.CompletedTask;
        }
    }

    private sealed class DateBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var raw = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue?.Trim();
            if (string.IsNullOrEmpty(raw))
                return Task.CompletedTask;
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, raw, raw);
            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                bindingContext.Result = ModelBindingResult.Success(day);
                return Task.CompletedTask;
            }
            var label = bindingContext.ModelMetadata.GetDisplayName();
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"'{raw}' is not a date for {label.ToLowerInvariant()}; write it as yyyy-MM-dd, for example 2026-03-16.");
            return Task.CompletedTask;
        }
    }
}
