namespace NavLederprogram;

/// <summary>Error codes of business rules. Each code is also a localization key.</summary>
public static class NavLederprogramErrorCodes
{
    public const string EntityNotFound = "Error:EntityNotFound";
    public const string ConcurrencyConflict = "Error:ConcurrencyConflict";
    public const string ValidationFailed = "Error:ValidationFailed";
    public const string Unexpected = "Error:Unexpected";
    public const string OutsideScope = "Error:OutsideScope";

    public const string RegionNameTaken = "Error:Organisation.RegionNameTaken";
    public const string RegionHasMunicipalities = "Error:Organisation.RegionHasMunicipalities";
    public const string MunicipalityNumberTaken = "Error:Organisation.MunicipalityNumberTaken";
    public const string MunicipalityServedByOffice = "Error:Organisation.MunicipalityServedByOffice";
    public const string OfficeNameTaken = "Error:Organisation.OfficeNameTaken";
    public const string OfficeMustServeMunicipality = "Error:Organisation.OfficeMustServeMunicipality";
    public const string OfficeHasPeople = "Error:Organisation.OfficeHasPeople";
    public const string EmployeeNumberTaken = "Error:Organisation.EmployeeNumberTaken";
    public const string HrImportHasErrors = "Error:Organisation.HrImportHasErrors";
    public const string HrImportUnreadable = "Error:Organisation.HrImportUnreadable";
    public const string HrImportEncoding = "Error:Organisation.HrImportEncoding";
    public const string HrImportTooLarge = "Error:Organisation.HrImportTooLarge";
    public const string HrImportTooManyRows = "Error:Organisation.HrImportTooManyRows";

    public const string ScaleNeedsLevels = "Error:Competence.ScaleNeedsLevels";
    public const string ScaleLevelInUse = "Error:Competence.ScaleLevelInUse";
    public const string ScaleInUse = "Error:Competence.ScaleInUse";
    public const string ScaleChangeInUse = "Error:Competence.ScaleChangeInUse";
    public const string CategoryInUse = "Error:Competence.CategoryInUse";
    public const string CompetenceCodeTaken = "Error:Competence.CodeTaken";
    public const string CompetenceInUse = "Error:Competence.InUse";
    public const string RequirementExists = "Error:Competence.RequirementExists";
    public const string RequirementOneScope = "Error:Competence.RequirementOneScope";
    public const string RequirementTermsInvalid = "Error:Competence.RequirementTermsInvalid";
    public const string RequirementVersionOverlaps = "Error:Competence.RequirementVersionOverlaps";
    public const string RequirementChangeInPast = "Error:Competence.RequirementChangeInPast";
    public const string RequirementAlreadyRetired = "Error:Competence.RequirementAlreadyRetired";
    public const string EvidenceValidBeforeAchieved = "Error:Competence.EvidenceValidBeforeAchieved";
    public const string EvidenceRejectionNeedsReason = "Error:Competence.EvidenceRejectionNeedsReason";
    public const string EvidenceAlreadyDecided = "Error:Competence.EvidenceAlreadyDecided";
    public const string EvidenceOwnDecision = "Error:Competence.EvidenceOwnDecision";
    public const string NoPersonProfile = "Error:Competence.NoPersonProfile";

    public const string VersionNotDraft = "Error:Programmes.VersionNotDraft";
    public const string VersionAlreadyApproved = "Error:Programmes.VersionAlreadyApproved";
    public const string VersionSameApprover = "Error:Programmes.VersionSameApprover";
    public const string VersionNeedsModules = "Error:Programmes.VersionNeedsModules";
    public const string NotAnApprover = "Error:Programmes.NotAnApprover";
    public const string DraftExists = "Error:Programmes.DraftExists";
    public const string ModuleNotFound = "Error:Programmes.ModuleNotFound";
    public const string VersionNotPublished = "Error:Programmes.VersionNotPublished";
    public const string CohortDatesOutOfOrder = "Error:Programmes.CohortDatesOutOfOrder";
    public const string CohortTransitionNotAllowed = "Error:Programmes.CohortTransitionNotAllowed";
    public const string CohortNoParticipants = "Error:Programmes.CohortNoParticipants";
    public const string CohortOpenAssessments = "Error:Programmes.CohortOpenAssessments";
    public const string CohortForceNeedsReason = "Error:Programmes.CohortForceNeedsReason";
    public const string CohortScheduleLocked = "Error:Programmes.CohortScheduleLocked";
    public const string CohortCapacityBelowEnrolled = "Error:Programmes.CohortCapacityBelowEnrolled";
    public const string SessionOutsideCohort = "Error:Programmes.SessionOutsideCohort";
    public const string EnrolmentClosed = "Error:Programmes.EnrolmentClosed";
    public const string AlreadyEnrolled = "Error:Programmes.AlreadyEnrolled";
    public const string AlreadyInProgramme = "Error:Programmes.AlreadyInProgramme";
    public const string ProgrammeCompleted = "Error:Programmes.ProgrammeCompleted";
    public const string NotALeader = "Error:Programmes.NotALeader";
    public const string EnrolmentNotPending = "Error:Programmes.EnrolmentNotPending";
    public const string EnrolmentNotActive = "Error:Programmes.EnrolmentNotActive";
    public const string NotAParticipant = "Error:Programmes.NotAParticipant";
    public const string ModuleLocked = "Error:Programmes.ModuleLocked";
    public const string AssignmentAlreadyApproved = "Error:Programmes.AssignmentAlreadyApproved";
    public const string AssignmentNotSubmitted = "Error:Programmes.AssignmentNotSubmitted";
    public const string FeedbackRequired = "Error:Programmes.FeedbackRequired";
    public const string CohortNotRunning = "Error:Programmes.CohortNotRunning";
    public const string NoCertificate = "Error:Programmes.NoCertificate";
    public const string NominationOutsideScope = "Error:Programmes.NominationOutsideScope";

    public const string QuizNoQuestions = "Error:ELearning.QuizNoQuestions";
    public const string QuizAttemptLimitReached = "Error:ELearning.QuizAttemptLimitReached";
    public const string QuizQuestionNotInAttempt = "Error:ELearning.QuizQuestionNotInAttempt";
    public const string QuizAnswerInvalid = "Error:ELearning.QuizAnswerInvalid";
    public const string QuizTimeUp = "Error:ELearning.QuizTimeUp";
    public const string QuizAttemptClosed = "Error:ELearning.QuizAttemptClosed";
    public const string QuizNotAvailable = "Error:ELearning.QuizNotAvailable";
    public const string QuestionNeedsOptions = "Error:ELearning.QuestionNeedsOptions";
    public const string QuestionNeedsOneCorrect = "Error:ELearning.QuestionNeedsOneCorrect";
    public const string QuestionNeedsCorrect = "Error:ELearning.QuestionNeedsCorrect";
    public const string QuestionNeedsAcceptedAnswer = "Error:ELearning.QuestionNeedsAcceptedAnswer";
    public const string QuestionNeedsPairs = "Error:ELearning.QuestionNeedsPairs";
    public const string QuestionNeedsTrueFalse = "Error:ELearning.QuestionNeedsTrueFalse";
}
