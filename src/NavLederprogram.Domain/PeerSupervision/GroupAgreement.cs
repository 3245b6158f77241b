namespace NavLederprogram.PeerSupervision;

/// <summary>One version of the group agreement. A version is never changed: a revision is a new version everyone accepts again.</summary>
public class GroupAgreement
{
    public int Version { get; private set; }
    public string Confidentiality { get; private set; } = "";
    public string MeetingFrequency { get; private set; } = "";
    public string Method { get; private set; } = "";
    public string CaseAnonymisation { get; private set; } = "";
    public int MeetingsForEvidence { get; private set; }
    public int EvidencePeriodMonths { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private GroupAgreement() { }

    internal GroupAgreement(int version, AgreementTerms terms, DateTime now)
    {
        Version = version;
        Confidentiality = Text(terms.Confidentiality, "confidentiality");
        MeetingFrequency = Text(terms.MeetingFrequency, "meetingFrequency");
        Method = Text(terms.Method, "method");
        CaseAnonymisation = Text(terms.CaseAnonymisation, "caseAnonymisation");
        if (terms.MeetingsForEvidence is < 1 or > PeerSupervisionConsts.MaxMeetingsForEvidence)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "meetingsForEvidence" };
        if (terms.EvidencePeriodMonths is < 1 or > PeerSupervisionConsts.MaxEvidencePeriodMonths)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "evidencePeriodMonths" };
        MeetingsForEvidence = terms.MeetingsForEvidence;
        EvidencePeriodMonths = terms.EvidencePeriodMonths;
        CreatedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);
    }

    public AgreementTerms Terms => new(Confidentiality, MeetingFrequency, Method, CaseAnonymisation, MeetingsForEvidence, EvidencePeriodMonths);

    private static string Text(string? value, string field)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > PeerSupervisionConsts.TextMax)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = field };
        return text;
    }
}
