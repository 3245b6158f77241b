using NavLederprogram.Identity;

namespace NavLederprogram.Permissions;

public static class NavLederprogramPermissions
{
    public const string Prefix = "NavLederprogram";

    public static class Identity
    {
        /// <summary>Users, invites, person links and role assignments: nationally, or for users whose person is in one's scope.</summary>
        public const string ManageUsers = Prefix + ".Identity.ManageUsers";
        /// <summary>Which role may do what.</summary>
        public const string ManageGrants = Prefix + ".Identity.ManageGrants";
    }

    public static class Organisation
    {
        public const string View = Prefix + ".Organisation.View";
        public const string Manage = Prefix + ".Organisation.Manage";
    }

    public static class People
    {
        public const string View = Prefix + ".People.View";
        public const string Manage = Prefix + ".People.Manage";
        public const string Import = Prefix + ".People.Import";
    }

    public static class Competence
    {
        public const string View = Prefix + ".Competence.View";
        public const string ManageCatalogue = Prefix + ".Competence.ManageCatalogue";
        public const string ManageRequirements = Prefix + ".Competence.ManageRequirements";
        public const string ApproveEvidence = Prefix + ".Competence.ApproveEvidence";
        /// <summary>Gap reports within the viewer's scope; a leader without a wider scope sees the office they lead.</summary>
        public const string ViewGaps = Prefix + ".Competence.ViewGaps";
        public const string AssessPeople = Prefix + ".Competence.AssessPeople";
    }

    public static class Programmes
    {
        public const string View = Prefix + ".Programmes.View";
        public const string Edit = Prefix + ".Programmes.Edit";
        /// <summary>Approve a version for one of the two owners: KS or the directorate, by the approver's role.</summary>
        public const string Approve = Prefix + ".Programmes.Approve";
    }

    public static class Cohorts
    {
        public const string View = Prefix + ".Cohorts.View";
        public const string Manage = Prefix + ".Cohorts.Manage";
        public const string Nominate = Prefix + ".Cohorts.Nominate";
        /// <summary>Approve, reject and withdraw enrolments of others.</summary>
        public const string ManageEnrolments = Prefix + ".Cohorts.ManageEnrolments";
        /// <summary>Register attendance and assess assignments in the cohorts one facilitates (admins: every cohort in scope).</summary>
        public const string Facilitate = Prefix + ".Cohorts.Facilitate";
    }

    public static class ELearning
    {
        /// <summary>The catalogue and one's own courses.</summary>
        public const string View = Prefix + ".ELearning.View";
        /// <summary>Write courses, their lessons, question banks and packages.</summary>
        public const string Edit = Prefix + ".ELearning.Edit";
        /// <summary>Assign courses to people, offices or job roles in scope.</summary>
        public const string Assign = Prefix + ".ELearning.Assign";
        /// <summary>Learners' progress in scope.</summary>
        public const string ViewProgress = Prefix + ".ELearning.ViewProgress";
    }

    public static class PeerSupervision
    {
        /// <summary>One's own supervision: the groups one is a member of or leads.</summary>
        public const string View = Prefix + ".PeerSupervision.View";
        /// <summary>Create groups and one-to-ones, invite members, change agreements and schedules (a supervisor: only their own groups).</summary>
        public const string ManageGroups = Prefix + ".PeerSupervision.ManageGroups";
        /// <summary>Appoint and end peer supervisors in scope.</summary>
        public const string ManageSupervisors = Prefix + ".PeerSupervision.ManageSupervisors";
        /// <summary>The competence a supervisor must hold and what taking part grants.</summary>
        public const string ManageSettings = Prefix + ".PeerSupervision.ManageSettings";
        /// <summary>Count-only reports in scope.</summary>
        public const string ViewReports = Prefix + ".PeerSupervision.ViewReports";
    }

    public static class Evaluations
    {
        /// <summary>Answer the evaluations one may answer.</summary>
        public const string Answer = Prefix + ".Evaluations.Answer";
        /// <summary>Question sets, evaluations on targets in scope, and their results.</summary>
        public const string Manage = Prefix + ".Evaluations.Manage";
        /// <summary>Review free-text answers and redact names before facilitators see them.</summary>
        public const string Review = Prefix + ".Evaluations.Review";
        /// <summary>Results of evaluations on what one runs: cohorts one facilitates, groups one leads (and everything one manages).</summary>
        public const string ViewResults = Prefix + ".Evaluations.ViewResults";
    }

    public static class Development
    {
        /// <summary>One's own development plan, private notes, coaching sessions and 360° feedback.</summary>
        public const string View = Prefix + ".Development.View";
        /// <summary>The plans of leaders in the cohorts one facilitates: agree goals, give feedback, schedule coaching.</summary>
        public const string Coach = Prefix + ".Development.Coach";
        /// <summary>The indicator catalogue, and indicator values of every office (by hand or imported as CSV).</summary>
        public const string ManageIndicators = Prefix + ".Development.ManageIndicators";
    }

    public static class PersonalData
    {
        /// <summary>One's own data: see and download it.</summary>
        public const string View = Prefix + ".PersonalData.View";
        /// <summary>Export the data of a person in scope, on their request.</summary>
        public const string Manage = Prefix + ".PersonalData.Manage";
        /// <summary>Dry runs, erasures and erasure records.</summary>
        public const string Erase = Prefix + ".PersonalData.Erase";
    }

    public static class Reporting
    {
        /// <summary>The programme dashboard: nationally for admins, in their scope for coordinators.</summary>
        public const string View = Prefix + ".Reporting.View";
    }

    public static class Audit
    {
        /// <summary>The audit log viewer and its export: system admins only.</summary>
        public const string View = Prefix + ".Audit.View";
    }

    public static class Jobs
    {
        public const string View = Prefix + ".Jobs.View";
    }
}
