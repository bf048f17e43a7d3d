import numpy as np

# Step 1 of gradient descent, vectorised (matrix form): linear model, MSE, 2 row(s).
X = np.array([[1, 2, 3],
              [4, 5, 6]], dtype=float)  # 2 × 3
y = np.array([14, 32], dtype=float)
w = np.array([2, 2, 2], dtype=float)
alpha = 0.01
n = len(y)

y_hat = X @ w  # [12, 30]
r = y_hat - y  # [-2, -2]
loss = np.mean(r ** 2)  # 4
d_out = 2 * r / n  # dL/dŷ: [-2, -2]
grad_w = X.T @ d_out  # [-10, -14, -18]
w = w - alpha * grad_w  # [2.1, 2.14, 2.18]
print(loss, w)
