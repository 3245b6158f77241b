using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

public class RequirementVersion
{
    public Guid Id { get; private set; }
    public Guid RequirementId { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    /// <summary>The first day the version no longer applies; null while it applies until further notice.</summary>
    public DateOnly? ValidTo { get; private set; }
    public int MinimumLevel { get; private set; }
    public int DeadlineMonths { get; private set; }
    public int? RenewalMonths { get; private set; }
    public bool IsMandatory { get; private set; }

    private RequirementVersion() { }

    internal RequirementVersion(Guid id, Guid requirementId, DateOnly validFrom, RequirementTerms terms)
    {
        if (terms.MinimumLevel < 1 || terms.DeadlineMonths < 0 || terms.RenewalMonths is < 1)
            throw new BusinessException(NavLederprogramErrorCodes.RequirementTermsInvalid);
        Id = id;
        RequirementId = requirementId;
        ValidFrom = validFrom;
        MinimumLevel = terms.MinimumLevel;
        DeadlineMonths = terms.DeadlineMonths;
        RenewalMonths = terms.RenewalMonths;
        IsMandatory = terms.IsMandatory;
    }

    public RequirementTerms Terms => new(MinimumLevel, DeadlineMonths, RenewalMonths, IsMandatory);

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    internal void EndOn(DateOnly day) => ValidTo = day;
}
