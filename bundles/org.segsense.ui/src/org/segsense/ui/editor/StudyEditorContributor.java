// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Undo and Redo (Edit menu, Ctrl+Z, Ctrl+Y) to the command stack of the active
 * study editor; their labels name the command they undo or redo.
 */
public final class StudyEditorContributor extends EditorActionBarContributor {

	private final StackAction undo = new StackAction(true);
	private final StackAction redo = new StackAction(false);

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		CommandStack stack = part instanceof StudyEditor e ? e.getEditingDomain().getCommandStack() : null;
		undo.follow(stack);
		redo.follow(stack);
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		undo.follow(null);
		redo.follow(null);
		super.dispose();
	}

	private static final class StackAction extends Action implements CommandStackListener {

		private final boolean undo;
		private CommandStack stack;

		StackAction(boolean undo) {
			super(undo ? "&Undo" : "&Redo");
			this.undo = undo;
			setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
			update();
		}

		void follow(CommandStack newStack) {
			if (stack != null) {
				stack.removeCommandStackListener(this);
			}
			stack = newStack;
			if (stack != null) {
				stack.addCommandStackListener(this);
			}
			update();
		}

		@Override
		public void commandStackChanged(EventObject event) {
			update();
		}

		private void update() {
			boolean can = stack != null && (undo ? stack.canUndo() : stack.canRedo());
			setEnabled(can);
			var c = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
			String what = c == null || c.getLabel() == null ? "" : " " + c.getLabel();
			setText((undo ? "&Undo" : "&Redo") + what);
		}

		@Override
		public void run() {
			if (stack != null && (undo ? stack.canUndo() : stack.canRedo())) {
				if (undo) {
					stack.undo();
				} else {
					stack.redo();
				}
			}
		}
	}
}
