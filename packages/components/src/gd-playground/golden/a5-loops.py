# Step 1 of gradient descent, element by element (scalar loops): linear model, MSE, 2 row(s).
X = [[1, 2, 3],
     [4, 5, 6]]
y = [14, 32]
w = [2, 2, 2]
alpha = 0.01
n, m = len(X), len(w)

loss = 0.0
grad_w = [0.0] * m
for i in range(n):
    y_hat = sum(w[j] * X[i][j] for j in range(m))  # [12, 30]
    r = y_hat - y[i]
    loss += (r ** 2) / n
    d_out = 2 * r / n
    for j in range(m):
        grad_w[j] += d_out * X[i][j]
# loss = 4; grad_w = [-10, -14, -18]
w = [w[j] - alpha * grad_w[j] for j in range(m)]  # [2.1, 2.14, 2.18]
print(loss, w)
