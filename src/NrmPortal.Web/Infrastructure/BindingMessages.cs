using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace NrmPortal.Web.Infrastructure;

/// <summary>Model-binding errors ("not a number", "not a date") in the user's language instead of English-only framework texts.</summary>
public static class BindingMessages
{
    public static void Localise(DefaultModelBindingMessageProvider provider, IStringLocalizer localizer)
    {
        provider.SetValueMustNotBeNullAccessor(_ => localizer["A value is required."]);
        provider.SetMissingBindRequiredValueAccessor(_ => localizer["A value is required."]);
        provider.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A value is required."]);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["The value '{0}' is not valid.", value]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        provider.SetUnknownValueIsInvalidAccessor(_ => localizer["The value is not valid."]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The value is not valid."]);
        provider.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        provider.SetValueMustBeANumberAccessor(_ => localizer["Enter a number."]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Enter a number."]);
    }
}

/// <summary>
/// Gives MVC's [Required] without a message (also the implicit one on non-nullable properties) a text key, so data annotations
/// localisation translates it like every other text instead of showing the framework's English "The {0} field is required.".
/// </summary>
public sealed class RequiredMessageProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (string.IsNullOrEmpty(required.ErrorMessage) && string.IsNullOrEmpty(required.ErrorMessageResourceName))
                required.ErrorMessage = "The {0} field is required.";
        }
    }
}
