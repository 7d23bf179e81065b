using System.ComponentModel.DataAnnotations;
using FluentValidation;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>The fields of a facility, shared by create and edit.</summary>
public sealed record FacilityInput
{
    [Display(Name = "Provider organisation")] public Guid? OrganisationId { get; init; }
    [Display(Name = "Name")] public string? Name { get; init; }
    [Display(Name = "Kind of place")] public ShelterType? Type { get; init; }
    [Display(Name = "Number of places")] public int? Places { get; init; }
    [Display(Name = "Admits")] public List<SexesAdmitted> Sexes { get; init; } = [];
    [Display(Name = "Minimum age")] public int? MinimumAge { get; init; }
    [Display(Name = "Maximum age")] public int? MaximumAge { get; init; }
    [Display(Name = "Nationalities admitted")] public List<NationalityGroups> Nationalities { get; init; } = [];
    [Display(Name = "Accepts accompanying children")] public bool AcceptsAccompanyingChildren { get; init; }
    [Display(Name = "Does not admit couples")] public bool ExcludesCouples { get; init; }
    [Display(Name = "Does not admit acute psychiatric problems")] public bool ExcludesAcutePsychiatricProblems { get; init; }
    [Display(Name = "Does not admit addiction problems")] public bool ExcludesAddictionProblems { get; init; }
    [Display(Name = "Region")] public Regions? Region { get; init; }
    [Display(Name = "Confidential address")] public string? ConfidentialAddress { get; init; }

    public AdmissionCriteria ToCriteria() => new(
        Sexes.Aggregate(SexesAdmitted.None, (all, s) => all | s), MinimumAge, MaximumAge,
        Nationalities.Aggregate(NationalityGroups.None, (all, n) => all | n), AcceptsAccompanyingChildren, ExcludesCouples,
        ExcludesAcutePsychiatricProblems, ExcludesAddictionProblems);
}

public sealed class FacilityInputValidator : AbstractValidator<FacilityInput>
{
    public const string ChooseSex = "Choose at least one sex the facility admits.";
    public const string ChooseNationality = "Choose at least one nationality group the facility admits.";
    public const string AgesInOrder = "The minimum age must not be higher than the maximum age.";

    public FacilityInputValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(ShelterFacility.NameMaxLength);
        RuleFor(i => i.Type).NotNull().IsInEnum();
        RuleFor(i => i.Places).NotNull().InclusiveBetween(0, ShelterFacility.MaximumPlaces);
        RuleFor(i => i.Sexes).NotEmpty().WithMessage(ChooseSex);
        RuleFor(i => i.Nationalities).NotEmpty().WithMessage(ChooseNationality);
        RuleFor(i => i.MinimumAge).InclusiveBetween(0, 120);
        RuleFor(i => i.MaximumAge).InclusiveBetween(0, 120);
        RuleFor(i => i.MaximumAge).GreaterThanOrEqualTo(i => i.MinimumAge).WithMessage(AgesInOrder).When(i => i.MinimumAge is not null && i.MaximumAge is not null);
        RuleFor(i => i.Region).NotNull();
        RuleFor(i => i.ConfidentialAddress).MaximumLength(ShelterFacility.AddressMaxLength);
    }
}
