package vn.hopso.meeting.sitting.domain;

import vn.hopso.meeting.access.Permission;

/**
 * The one table of who may send which command: the permission it needs in the sitting's organisation. The switch has
 * no default, so a new command does not compile until it has its row.
 */
public final class CommandPermissions {

    private CommandPermissions() {
    }

    public static Permission required(SittingCommand command) {
        return switch (command) {
            case SittingCommand.StartSitting c -> Permission.RUN_SITTING;
            case SittingCommand.EndSitting c -> Permission.RUN_SITTING;
            case SittingCommand.AdvanceAgenda c -> Permission.CHAIR_SITTING;
            case SittingCommand.GoToItem c -> Permission.CHAIR_SITTING;
            case SittingCommand.EditSitting c -> Permission.MANAGE_AGENDA;
            case SittingCommand.AddItem c -> Permission.MANAGE_AGENDA;
            case SittingCommand.EditItem c -> Permission.MANAGE_AGENDA;
            case SittingCommand.RemoveItem c -> Permission.MANAGE_AGENDA;
            case SittingCommand.PublishItem c -> Permission.MANAGE_AGENDA;
            case SittingCommand.PublishAgenda c -> Permission.MANAGE_AGENDA;
            case SittingCommand.ReorderAgenda c -> Permission.MANAGE_AGENDA;
            case SittingCommand.CheckIn c -> Permission.ATTEND;
            case SittingCommand.CheckOut c -> Permission.ATTEND;
            case SittingCommand.CheckInAtSite c -> Permission.CHECK_IN_AT_SITE;
            case SittingCommand.CheckOutAtSite c -> Permission.CHECK_IN_AT_SITE;
            case SittingCommand.MarkAttendance c -> Permission.TAKE_ATTENDANCE;
            case SittingCommand.RequestFloor c -> Permission.SPEAK;
            case SittingCommand.WithdrawRequest c -> Permission.SPEAK;
            case SittingCommand.ReorderSpeakers c -> Permission.CHAIR_SITTING;
            case SittingCommand.GiveFloor c -> Permission.CHAIR_SITTING;
            case SittingCommand.EndSpeech c -> Permission.CHAIR_SITTING;
            case SittingCommand.PauseSpeech c -> Permission.CHAIR_SITTING;
            case SittingCommand.ResumeSpeech c -> Permission.CHAIR_SITTING;
            case SittingCommand.SendNotice c -> Permission.RUN_SITTING;
            case SittingCommand.StartRollCall c -> Permission.RUN_SITTING;
            case SittingCommand.AnswerRollCall c -> Permission.ANSWER_ROLL_CALL;
            case SittingCommand.EndRollCall c -> Permission.RUN_SITTING;
            case SittingCommand.PresentDocument c -> Permission.PRESENT_DOCUMENTS;
            case SittingCommand.StopPresenting c -> Permission.PRESENT_DOCUMENTS;
            case SittingCommand.SetDocument c -> Permission.MANAGE_DOCUMENTS;
            case SittingCommand.WithdrawDocument c -> Permission.MANAGE_DOCUMENTS;
            case SittingCommand.ShowCurrentVersion c -> Permission.MANAGE_DOCUMENTS;
            case SittingCommand.AnnounceDocuments c -> Permission.MANAGE_DOCUMENTS;
            case SittingCommand.AnnounceReading c -> Permission.MANAGE_DOCUMENTS;
            case SittingCommand.AnnounceComment c -> Permission.HANDLE_COMMENTS;
            case SittingCommand.TakePresenceSnapshot c -> Permission.TAKE_ATTENDANCE;
            case SittingCommand.CreateBallot c -> Permission.PREPARE_BALLOTS;
            case SittingCommand.OpenBallot c -> Permission.CONDUCT_BALLOTS;
            case SittingCommand.CastBallot c -> Permission.VOTE;
            case SittingCommand.CloseBallot c -> Permission.CONDUCT_BALLOTS;
            case SittingCommand.PublishBallot c -> Permission.CONDUCT_BALLOTS;
            case SittingCommand.PrepareNextRound c -> Permission.PREPARE_BALLOTS;
            case SittingCommand.AnnulBallot c -> Permission.CONDUCT_BALLOTS;
            case SittingCommand.EnterPaperCount c -> Permission.COUNT_PAPER_BALLOTS;
        };
    }
}
