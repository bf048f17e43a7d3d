/** Detail of `gd-step`: after each iteration shown. */
export interface MriStepDetail {
  iteration: number;
  /** f(x) = ½‖M F x − y‖² + λ R(x). */
  objective: number;
  /** RMSE of the reconstruction against the original. */
  error: number;
}
