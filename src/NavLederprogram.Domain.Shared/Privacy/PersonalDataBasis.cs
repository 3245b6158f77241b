namespace NavLederprogram.Privacy;

/// <summary>The legal basis (GDPR art. 6) on which a kind of personal data is processed.</summary>
public enum PersonalDataBasis
{
    /// <summary>Art. 6(1)(e): a task in the public interest — running the leadership programme for the employer.</summary>
    PublicTask = 1,
    /// <summary>Art. 6(1)(c): a legal obligation, such as keeping records of competence and certificates.</summary>
    LegalObligation = 2,
    /// <summary>Art. 6(1)(f): legitimate interests, such as securing the service (sign-ins, audit log).</summary>
    LegitimateInterest = 3,
}
